set().add()
