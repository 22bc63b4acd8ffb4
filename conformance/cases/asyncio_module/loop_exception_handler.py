import asyncio


def handler(loop, context):
    print("handler:", context["message"].split(" ")[0:3], repr(context.get("exception")))


def boom():
    raise ValueError("in callback")


loop = asyncio.new_event_loop()
print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(boom)
loop.call_soon(print, "next callback still runs")
loop.call_soon(loop.stop)
loop.run_forever()
loop.call_exception_handler({"message": "custom message"})
try:
    loop.set_exception_handler(3)
except TypeError as e:
    print("TypeError", e)
loop.close()
