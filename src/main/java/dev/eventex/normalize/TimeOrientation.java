package dev.eventex.normalize;

/**
 * Which way the clause around a date points from the publication date: a date in a clause
 * that reports ("met on Friday") lies before it, one in a clause that plans ("will travel on
 * Friday") after it. Decides the reading of bare weekdays and of dates written without a year.
 */
public enum TimeOrientation {
    /** The clause reports what happened. */
    PAST,
    /** The clause states a plan or an expectation. */
    FUTURE,
    /** The clause does not say (headlines, present tense, no verb). */
    UNSTATED
}
