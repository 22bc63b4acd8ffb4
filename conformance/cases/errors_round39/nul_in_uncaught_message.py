# An uncaught exception's message holding NUL bytes is printed whole.
print("before")
raise ValueError("start\x00\x1b[31m\tend")
