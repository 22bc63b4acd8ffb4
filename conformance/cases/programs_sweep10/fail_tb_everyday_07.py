e = ValueError("with notes")
e.add_note("note 1")
e.add_note("note 2\nmultiline")
raise e
