eg = ExceptionGroup("many", [ValueError(i) for i in range(20)])
raise eg
