# A traceback whose message holds a lone surrogate: stderr escapes it.
def fail(text):
    raise ValueError(text + '\ud801')

fail('bad \udc80 ')
