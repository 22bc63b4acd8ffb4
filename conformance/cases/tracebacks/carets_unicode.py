# Carets count characters, not bytes, in a line with non-ASCII text.
def greet(name):
    return "héllo, " + name


msg = greet("wörld") + greet(None)
