def func(a):
    return
