"""Prose is sentences: a long line with no punctuation (a flattened menu or tag cloud) is not prose."""

from __future__ import annotations

import copydesk
from copydesk.clean.features import is_prose, split_lines

MENU = "\n".join(["Início", "Notícias", "Serviços", "Contato", "Ouvidoria", "Transparência", "Licitações", "Concursos"] * 6)
CLOUD = " ".join(
    ["adote", "agua", "alerta", "ambiente", "amizade", "atendimento", "biblioteca", "caminhada", "campanha", "carnaval",
     "civil", "concurso", "cultura", "curso", "dança", "defesa", "educação", "entrega", "escola", "evento", "feira",
     "festa", "idosos", "infantil", "livro", "museu", "natal", "obras", "ponte", "posto", "projeto", "reciclagem",
     "reforma", "saude", "semana", "teatro", "turismo", "vacina", "visita"] * 2
)  # fmt: skip
MONTHS = ["Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro", "Outubro", "Novembro", "Dezembro"]
ARCHIVE = "\n".join(f"{month} ({n})" for month, n in zip(MONTHS * 3, range(30, 66), strict=True))
STORY = (
    "A equipe do serviço de atendimento do bairro registrou nesta manhã o arrombamento de dois dos cinco automóveis da unidade. "
    "Os veículos estavam sem as baterias e com marcas de depredação, e a polícia foi até o local para verificar a ocorrência. "
    "Segundo a coordenação, o atendimento aos pacientes não será interrompido, mas algumas visitas serão remarcadas ao longo "
    "da semana, enquanto os carros passam por conserto na oficina da prefeitura."
)


def test_long_lines_without_punctuation_are_not_prose() -> None:
    lines = split_lines("\n".join([CLOUD, "The council met on Monday and voted for the new bridge plan", "Short line.", STORY]))
    assert [is_prose(line) for line in lines] == [False, False, False, True]
    with_comma = split_lines("The council met on Monday, and voted for the new bridge plan")[0]
    assert is_prose(with_comma)


def test_a_tag_cloud_above_the_story_is_dropped_and_the_story_kept() -> None:
    parts = [MENU, "Tags", CLOUD, "Arquivos", ARCHIVE, "Arrombamento em veículos do atendimento",
             "05/10/2018 - Publicado por: Redação", STORY, "Facebook Twitter Whatsapp", "Voltar"]  # fmt: skip
    text = "\n\n".join(parts)
    article = copydesk.clean(text)
    assert STORY in article.text
    assert CLOUD not in article.text
