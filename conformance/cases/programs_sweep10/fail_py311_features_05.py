ExceptionGroup("m", [KeyboardInterrupt()])
