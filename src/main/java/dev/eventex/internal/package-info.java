/** Internal helpers shared by stages and front ends: model files, the word lists read from them, and input decoding. Do not depend on this package. */
package dev.eventex.internal;
