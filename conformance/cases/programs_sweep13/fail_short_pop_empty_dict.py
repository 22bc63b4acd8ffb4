queue = {"job1": "resize", "job2": "upload"}
while True:
    key, task = queue.popitem()
    print("running", key, task)
