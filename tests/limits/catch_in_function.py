# The busy loop runs in a function that catches everything and returns; its
# caller loops again. The error crosses every frame without being caught.
# args: --max-instructions 1000000
# limit: instructions
def spin():
    try:
        while True:
            pass
    except BaseException as e:
        return e
    return None

while True:
    print(spin())
