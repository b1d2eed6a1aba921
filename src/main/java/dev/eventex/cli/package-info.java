/** Internal. The command-line tool ({@code java -jar eventex-cli.jar}), built on picocli. */
package dev.eventex.cli;
