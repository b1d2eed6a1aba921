/** JSON output of results, per the output contract (Jackson). */
package dev.eventex.json;
