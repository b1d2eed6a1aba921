/** Internal helpers shared by stages: model files and the word lists read from them. Do not depend on this package. */
package dev.eventex.internal;
