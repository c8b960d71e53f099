"""Review packets (member check): make packets, read answers, take in corrections.

See ``packets`` (making), ``returns`` (reading answers), ``diff`` (deciding and taking in)
and ``status`` (deadlines, reminders, the rule for ``verified``)."""
