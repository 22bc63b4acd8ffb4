handlers = {"x": "not a function"}
handlers["x"](1)
