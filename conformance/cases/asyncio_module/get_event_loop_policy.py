import asyncio

loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop())
print(loop.is_closed(), loop.is_running())
print(loop.run_until_complete(asyncio.sleep(0, "ok")))
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new, new is loop)
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print("TypeError", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
policy = asyncio.get_event_loop_policy()
print(isinstance(policy, asyncio.AbstractEventLoopPolicy))
asyncio.set_event_loop_policy(None)
print(asyncio.get_event_loop_policy() is policy)
loop.close()
new.close()
