# Leaving a `for` loop early closes the generator it made; a generator whose
# finally then loops forever is stopped by the instruction limit, and no
# handler in the script runs afterwards.
# args: --max-instructions 1000000
# limit: instructions
def stubborn():
    try:
        yield 1
    finally:
        while True:
            pass

try:
    for x in stubborn():
        break
except BaseException:
    print("caught")
print("not reached")
