/**
 * Apache Spark integration: {@link dev.eventex.spark.EventexSpark} turns a {@code Dataset} of
 * documents into a {@code Dataset} of results (the contract's JSON per document plus a typed
 * view of its events), and {@link dev.eventex.spark.ExtractJob} runs it over files or Parquet
 * with {@code spark-submit}.
 *
 * <p>Spark is a {@code provided} dependency: nothing here loads unless Spark is on the class
 * path, and a plain dependency on the library pulls in no Spark. Each executor JVM builds one
 * {@link dev.eventex.api.Extractor} on its first document and reuses it for every later task;
 * the functions shipped to executors carry only settings, never the extractor.
 */
package dev.eventex.spark;
