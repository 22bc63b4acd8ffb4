err = RuntimeError("final")
err.add_note("see docs")
err.add_note("second note")
raise err
