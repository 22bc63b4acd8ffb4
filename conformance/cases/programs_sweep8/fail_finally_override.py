def work():
    try:
        print("working")
        return 1 / 0
    finally:
        print("cleanup")
        cleanup_state = {}
        cleanup_state["handle"].close()
work()
