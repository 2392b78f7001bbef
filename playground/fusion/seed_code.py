"""The seed's Keras two-input model and its PyTorch equivalent, shown side by side on the page.

Why both: the curriculum teaches multi-input fusion with Keras' functional
API; the playground runs PyTorch. Putting the two beside each other shows
that ``Concatenate()([a, b])`` is ``torch.cat([a, b], dim=1)`` and that a
``Model(inputs=[...])`` is a ``forward`` with two arguments.
"""

KERAS = """from tensorflow import keras
from tensorflow.keras import layers

left_in = keras.Input(shape=(32,), name="left_half")
right_in = keras.Input(shape=(32,), name="right_half")
a = layers.Dense(16, activation="relu")(left_in)
b = layers.Dense(16, activation="relu")(right_in)
merged = layers.Concatenate()([a, b])
out = layers.Dense(10, activation="softmax")(merged)

model = keras.Model(inputs=[left_in, right_in], outputs=out)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy",
              metrics=["accuracy"])
model.fit([x_left, x_right], y, epochs=20, batch_size=64)
"""

PYTORCH = """import torch
from torch import nn

class TwoInputNet(nn.Module):
    def __init__(self, width=16, n_classes=10):
        super().__init__()
        self.left = nn.Linear(32, width)      # Dense on input 1
        self.right = nn.Linear(32, width)     # Dense on input 2
        self.head = nn.Linear(2 * width, n_classes)

    def forward(self, left, right):
        a = torch.relu(self.left(left))
        b = torch.relu(self.right(right))
        merged = torch.cat([a, b], dim=1)     # Concatenate()
        return self.head(merged)              # logits; softmax is in the loss

model = TwoInputNet()
optimizer = torch.optim.Adam(model.parameters())
for epoch in range(20):
    for left, right, y in loader:             # batches of 64
        loss = nn.functional.cross_entropy(model(left, right), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
"""
