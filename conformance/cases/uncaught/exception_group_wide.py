# More than 15 sub-exceptions: the rest are summarised.
raise ExceptionGroup("wide", [ValueError(i) for i in range(20)])
