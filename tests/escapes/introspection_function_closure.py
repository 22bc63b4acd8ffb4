# expect: AttributeError: '__closure__' is not available in the sandbox
def outer():
    secret = 1
    def f():
        return secret
    return f
print(outer().__closure__)
