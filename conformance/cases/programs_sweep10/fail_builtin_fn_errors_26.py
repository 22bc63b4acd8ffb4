oct([])
