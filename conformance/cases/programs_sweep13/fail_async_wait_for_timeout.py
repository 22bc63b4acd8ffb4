import asyncio


class ToolTimeout(Exception):
    pass


async def slow_tool(query):
    await asyncio.sleep(1.0 if "weather" in query else 0.1)
    return f"answer to {query}"


async def agent(queries):
    answers = {}
    for q in queries:
        try:
            answers[q] = await asyncio.wait_for(slow_tool(q), timeout=0.5)
        except TimeoutError:
            answers[q] = None
    return answers


print("starting agent")
answers = asyncio.run(agent(["what time is it", "weather in oslo", "news"]))
for q, a in answers.items():
    print(f"{q!r}: {a!r}")
missing = [q for q, a in answers.items() if a is None]
if missing:
    raise ToolTimeout(f"{len(missing)} tool call(s) timed out: {', '.join(missing)}")
