# A generator catches everything around its body and yields again; the
# consumer keeps asking. The limit ends the run instead.
# args: --max-instructions 1000000
# limit: instructions
def gen():
    while True:
        try:
            while True:
                pass
        except BaseException:
            yield "caught"

for message in gen():
    print(message)
