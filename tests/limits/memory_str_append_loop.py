# Appending to a str in a function's local grows it in place with room to
# spare (in-place append sites); the room is charged like any allocation,
# so the loop ends at the memory limit.
# args: --max-memory 64M
# limit: memory
def build():
    s = ""
    piece = "x" * 1000
    while True:
        s += piece


build()
