str(object=5, encoding="x")
