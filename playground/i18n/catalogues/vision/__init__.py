"""The vision lab's texts in English and Simplified Chinese: the page (``lab``) and its catalogues (``entries``)."""
