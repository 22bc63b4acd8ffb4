err = ValueError("bad input")
err.__notes__ = [1, "second note", None]
raise err
