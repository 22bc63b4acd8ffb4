import asyncio


async def validate(record):
    await asyncio.sleep(0.2 * record["id"])
    if "email" not in record:
        raise KeyError(f"record {record['id']} has no email")
    if record["age"] < 0:
        raise ValueError(f"record {record['id']} has a negative age")
    return record["id"]


async def main(records):
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(validate(r)) for r in records]
    except ExceptionGroup as eg:
        return eg.exceptions
    return [t.result() for t in tasks]


batch1 = [{"id": 1, "email": "a@x", "age": 30}, {"id": 2, "email": "b@x", "age": 4}]
print("batch 1 ok:", asyncio.run(main(batch1)))
batch2 = [{"id": 1, "email": "a@x", "age": 30}, {"id": 2, "age": 40}, {"id": 3, "email": "c@x", "age": -1}]
outcome = asyncio.run(main(batch2))
print("batch 2:", outcome)
if any(isinstance(o, Exception) for o in outcome):
    raise ExceptionGroup("batch 2 rejected", list(outcome))
