# A 200 MiB encoding name: normalizing it needs three times its size in
# scratch space, past the whole budget.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
name = 'x' * (200 * 2**20)
'a'.encode(name)
