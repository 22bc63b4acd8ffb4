# expect: AttributeError: 'gi_code' is not available in the sandbox
def gen():
    yield 1
print(gen().gi_code)
