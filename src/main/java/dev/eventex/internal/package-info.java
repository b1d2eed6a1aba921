/** Internal helpers shared by stages: resource loading. Do not depend on this package. */
package dev.eventex.internal;
