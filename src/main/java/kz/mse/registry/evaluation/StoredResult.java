package kz.mse.registry.evaluation;

/** One row of evaluation_result: a month with its counts, or a year (counts null). */
record StoredResult(String period, String expertIin, MonthCounts counts, Double score) {}
