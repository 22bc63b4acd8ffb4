ExceptionGroup("m", [])
