# dir() without an argument would list the caller's frame (locals()).
def f():
    secret = 1
    return dir()
f()
# expect: TypeError: dir() without an argument (the names of the current scope) is not available in the sandbox: pass the object to inspect
