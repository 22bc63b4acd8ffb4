ExceptionGroup(5, [ValueError()])
