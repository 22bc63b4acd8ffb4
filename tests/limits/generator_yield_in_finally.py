# A generator that yields again from its `finally:` and keeps being resumed;
# the consumer loops forever over it.
# args: --max-instructions 1000000
# limit: instructions
def gen():
    while True:
        try:
            yield 1
        finally:
            yield 2

for _ in gen():
    pass
