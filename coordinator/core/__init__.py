"""Domain vocabulary shared by every feature: days, duty slots, availability levels, date ranges."""
