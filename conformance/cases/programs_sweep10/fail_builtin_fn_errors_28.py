chr(1.5)
