
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'accueil.choice-1': `A letter with my login and a temporary password`,
'accueil.choice-1-hint': `On paper or by e-mail. The temporary password is also called the activation code.`,
'accueil.choice-2': `A letter with my login, but no password`,
'accueil.choice-2-hint': `On paper or by e-mail. There is no password on the letter.`,
'accueil.choice-3': `No letter`,
'accueil.choice-3-hint': `And I do not have my login or my password.`,
'accueil.choice-4': `Another problem`,
'accueil.choice-4-hint': `My situation is not in this list.`,
'accueil.hint': `Choose the situation that matches yours.`,
'accueil.title': `What did you receive to sign in?`,
'autres-cas.contact': `Contact the class teacher or the school ({email}) and give as many details as you can.`,
'autres-cas.screenshots': `Feel free to attach screenshots that show the problem.`,
'autres-cas.title': `Other cases`,
'cas-1.meaning': `This means that you have never used an ENT in a school in Île-de-France.`,
'cas-1.step-1': `Go to {portal}`,
'cas-1.step-2': `Enter your login and your temporary password`,
'cas-1.step-3': `Change your password and **remember it!**`,
'cas-1.step-4': `Enter a valid e-mail address (it is used if you forget your password)`,
'cas-1.step-5': `Confirm.`,
'cas-1.steps-intro': `In this case:`,
'cas-1.title': `Case 1: You received a letter (on paper or by e-mail) with your login and your temporary password (activation code)`,
'cas-2-mail-non-recu.contact': `In this case, contact the class teacher or, if you are a parent, the school ({email}), and give them a valid e-mail address.`,
'cas-2-mail-non-recu.meaning': `If you do not receive a password reset e-mail, it means that the e-mail address you gave is wrong.`,
'cas-2-mail-non-recu.title': `WHAT IF?… You do not receive a password reset e-mail`,
'cas-2.follow-up-1': `You do not receive a password reset e-mail`,
'cas-2.follow-ups-title': `WHAT IF?…`,
'cas-2.meaning': `This means that you use the ENT at collège (middle school) or at another school in Île-de-France.`,
'cas-2.password': `In this case, you must use the password that you use at that other school.`,
'cas-2.reset': `If signing in still fails after several attempts, you must reset your password by clicking « **besoin d'aide** » (“need help”).`,
'cas-2.reset-mail': `At the end of the procedure, an e-mail with a link to reset your password will be sent to the e-mail address you gave to that other school (this can take a few minutes).`,
'cas-2.step-1': `Go to {portal} **(not to ENT 77!)**`,
'cas-2.step-2': `Enter your login and your password (the one you use at collège)`,
'cas-2.steps-intro': `Check your access:`,
'cas-2.title': `Case 2: You received a letter (on paper or by e-mail) reminding you of your login, but there was no password on the letter`,
'cas-3.contact': `In this case, contact the class teacher and give them a valid e-mail address.`,
'cas-3.title': `Case 3: You have not received any letter and you do not have your login or your password.`,
'contact.lycee': `The school (lycée): {email}`,
'contact.professeur-principal': `The class teacher (professeur principal)`,
'tree.source': `Source: the lycée’s FAQ on access to the Île-de-France ENT, translated from French.`,
'tree.title': `What to do if you cannot access the ENT?`,
'ui.announce': str`Step ${0} of ${1}: ${2}`,
'ui.answers': `Your answers:`,
'ui.audience-all': `Student or parent`,
'ui.audience-parent': `If you are a parent`,
'ui.audience-student': `If you are a student`,
'ui.back': `Back`,
'ui.change-answer': str`Change the answer: ${0}`,
'ui.contacts': `Who to contact?`,
'ui.language': `Language`,
'ui.new-tab': ` (new tab)`,
'ui.notice': str`Setting ignored: ${0}. See the browser console.`,
'ui.progress': str`Step ${0} of ${1}`,
'ui.restart': `Start again`,
'ui.trail-label': `Your path`,
    };
  