# A custom awaitable yields requests to the driver, which sends answers back.


class Ask:
    def __init__(self, question):
        self.question = question

    def __await__(self):
        answer = yield self.question
        return answer


async def conversation():
    name = await Ask("name?")
    age = await Ask("age?")
    return f"{name} is {age}"


answers = {"name?": "Ada", "age?": 36}
c = conversation()
request = c.send(None)
try:
    while True:
        print("driver got", request)
        request = c.send(answers[request])
except StopIteration as e:
    print("result:", e.value)
