e = ValueError("x")
e.add_note("multi\nline note")
e.add_note("")
raise e
