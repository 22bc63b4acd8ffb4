# An exception leaving a `for` loop closes the loop's generator while the
# exception unwinds; a finally that loops forever there is stopped by the
# instruction limit, and the script's handler does not run.
# args: --max-instructions 1000000
# limit: instructions
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        while True:
            pass

try:
    for x in stubborn():
        raise ValueError("leave the loop")
except BaseException:
    print("caught")
print("not reached")
