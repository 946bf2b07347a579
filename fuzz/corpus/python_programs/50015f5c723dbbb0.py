def func(a, b):
    return
