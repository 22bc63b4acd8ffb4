# Coroutines carry frames (cr_frame) and would otherwise run as generators:
# moat refuses async functions at load time.
# expect: moat: invalid code image: async functions are not supported by moat in f (line 4)
async def f():
    pass
f().cr_frame
