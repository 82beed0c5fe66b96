
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'accueil.choice-1': `Uma carta com o meu identificador e uma palavra-passe provisória`,
'accueil.choice-1-hint': `Em papel ou por e-mail. A palavra-passe provisória também se chama código de ativação.`,
'accueil.choice-2': `Uma carta com o meu identificador, mas sem palavra-passe`,
'accueil.choice-2-hint': `Em papel ou por e-mail. A carta não tem nenhuma palavra-passe.`,
'accueil.choice-3': `Nenhuma carta`,
'accueil.choice-3-hint': `E não tenho o meu identificador ou a minha palavra-passe.`,
'accueil.choice-4': `Outro problema`,
'accueil.choice-4-hint': `A minha situação não está nesta lista.`,
'accueil.hint': `Escolha a situação que corresponde à sua.`,
'accueil.title': `O que recebeu para iniciar sessão?`,
'autres-cas.contact': `Dirija-se ao diretor de turma ou à escola ({email}), dando o máximo de pormenores.`,
'autres-cas.screenshots': `Não hesite em juntar capturas de ecrã que mostrem o problema.`,
'autres-cas.title': `Outros casos`,
'cas-1.meaning': `Isto significa que nunca utilizou um ENT numa escola da Île-de-France.`,
'cas-1.step-1': `Aceda ao endereço {portal}`,
'cas-1.step-2': `Introduza o seu identificador e a palavra-passe provisória`,
'cas-1.step-3': `Altere a sua palavra-passe e **memorize-a!**`,
'cas-1.step-4': `Indique um endereço de e-mail válido (é usado se se esquecer da palavra-passe)`,
'cas-1.step-5': `Confirme.`,
'cas-1.steps-intro': `Neste caso:`,
'cas-1.title': `Caso 1: Recebeu uma carta (em papel ou por e-mail) com o seu identificador e a sua palavra-passe provisória (código de ativação)`,
'cas-2-mail-non-recu.contact': `Neste caso, dirija-se ao diretor de turma ou, se for encarregado de educação, à escola ({email}), indicando um endereço de e-mail válido.`,
'cas-2-mail-non-recu.meaning': `Se não recebe o e-mail de reposição da palavra-passe, isso significa que o endereço de e-mail indicado está errado.`,
'cas-2-mail-non-recu.title': `E SE?… Não recebe o e-mail de reposição da palavra-passe`,
'cas-2.follow-up-1': `Não recebe o e-mail de reposição da palavra-passe`,
'cas-2.follow-ups-title': `E SE?…`,
'cas-2.meaning': `Isto significa que utiliza o ENT no collège (escola do 3.º ciclo) ou noutra escola da Île-de-France.`,
'cas-2.password': `Neste caso, deve usar a palavra-passe que utiliza nessa outra escola.`,
'cas-2.reset': `Se o início de sessão falhar após várias tentativas, tem de repor a palavra-passe clicando em « **besoin d'aide** » («preciso de ajuda»).`,
'cas-2.reset-mail': `No fim do procedimento, será enviado um e-mail com uma ligação para repor a palavra-passe para o endereço de e-mail que indicou nessa outra escola (pode demorar alguns minutos).`,
'cas-2.step-1': `Aceda ao endereço {portal} **(não ao ENT 77!)**`,
'cas-2.step-2': `Introduza o seu identificador e a palavra-passe (a que utiliza no collège)`,
'cas-2.steps-intro': `Verifique o seu acesso:`,
'cas-2.title': `Caso 2: Recebeu uma carta (em papel ou por e-mail) que lembra o seu identificador, mas a carta não tinha nenhuma palavra-passe`,
'cas-3.contact': `Neste caso, dirija-se ao diretor de turma, indicando um endereço de e-mail válido.`,
'cas-3.title': `Caso 3: Não recebeu nenhuma carta e não tem o seu identificador ou a sua palavra-passe.`,
'contact.lycee': `A escola (lycée): {email}`,
'contact.professeur-principal': `O diretor de turma (professeur principal)`,
'tree.source': `Fonte: FAQ da escola (lycée) sobre o acesso ao ENT Île-de-France, traduzida do francês.`,
'tree.title': `O que fazer em caso de problema de acesso ao ENT?`,
'ui.announce': str`Passo ${0} de ${1}: ${2}`,
'ui.answers': `As suas respostas:`,
'ui.audience-all': `Aluno ou encarregado de educação`,
'ui.audience-parent': `Se é encarregado de educação`,
'ui.audience-student': `Se é aluno`,
'ui.back': `Voltar`,
'ui.change-answer': str`Alterar a resposta: ${0}`,
'ui.contacts': `A quem se dirigir?`,
'ui.language': `Idioma`,
'ui.new-tab': ` (novo separador)`,
'ui.notice': str`Definição ignorada: ${0}. Consulte a consola do navegador.`,
'ui.progress': str`Passo ${0} de ${1}`,
'ui.restart': `Recomeçar`,
'ui.trail-label': `O seu percurso`,
    };
  