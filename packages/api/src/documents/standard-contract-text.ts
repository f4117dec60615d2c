// The Offerdesk Standard Reseller Contract (SPEC §4): the contract Offerdesk ships for an ISV
// to attach to a resale authorization instead of its own, in the role a marketplace's
// standard reseller contract (the guide's RCMP) plays. Written for this project; typeset
// into a PDF by the documents pipeline (standard-contract.ts). Changing it changes the PDF:
// bump the version and the effective date with it.
export const STANDARD_CONTRACT_TITLE = 'Offerdesk Standard Reseller Contract';
export const STANDARD_CONTRACT_VERSION = '1.0';
/** The PDF's creation date: the version's effective date, so the bytes never change. */
export const STANDARD_CONTRACT_DATE = new Date('2026-11-26T00:00:00.000Z');

export const STANDARD_CONTRACT_TEXT = `Version ${STANDARD_CONTRACT_VERSION}, effective 26 November 2026

This contract governs the resale of professional services listed on Offerdesk when the seller who lists them (the “ISV”) attaches it to a resale authorization and the reseller named in that authorization (the “Reseller”) accepts it in Offerdesk. Offerdesk provides this standard form so that ISVs and Resellers need not negotiate a contract for every authorization. Offerdesk is not a party to it.

1. Appointment
1.1 The ISV appoints the Reseller, non-exclusively, to resell the professional services product named in the resale authorization (the “Services”) to the buyer accounts the authorization allows, by channel-partner private offers made in Offerdesk.
1.2 The appointment lasts while the authorization is active: until its end date, until the ISV deactivates it, or, for a single-use authorization, until an offer made from it is extended. The Reseller may not sell the Services outside Offerdesk under this contract.

2. Offers and prices
2.1 The ISV’s price to the Reseller is the wholesale price, or the payment schedule, stated in the authorization. The Reseller sets the price to the buyer, which may not be lower than the wholesale price.
2.2 Each offer shows the buyer the ISV’s end-user license agreement (“EULA”) first. The Reseller may add its own documents, such as a statement of work or a pricing sheet; they must not contradict the EULA or promise anything on the ISV’s behalf that the ISV has not agreed to in writing.
2.3 The Reseller is the seller of record to the buyer. The ISV is the publisher of the Services and delivers them to the buyer under the EULA.

3. Payment
3.1 The buyer pays the full buyer price through Offerdesk. From each paid invoice, the ISV receives its amount less the Offerdesk listing fee, and the Reseller receives the difference between the buyer amount and the ISV amount. Offerdesk charges the Reseller no fee.
3.2 Neither party invoices the buyer separately for anything sold through an offer, and neither collects payment for it outside Offerdesk.
3.3 Each party is responsible for its own taxes on the amounts it receives.

4. Delivery and support
4.1 The ISV delivers the Services as described in its product listing, the EULA and any statement of work it has agreed to, and supports the buyer directly for them.
4.2 The Reseller handles the commercial relationship with the buyer: questions about the offer, its price and its invoices. Each party passes on promptly any request that the other should answer.

5. Conduct
5.1 Each party describes the Services, the prices and its own role truthfully, complies with the laws that apply to it (including anti-bribery, export control and sanctions laws), and does not use the other’s names or marks except to identify the Services.
5.2 Each party uses buyer information it receives only to make, fulfil and support offers, and protects it at least as carefully as its own confidential information.

6. Confidentiality
Prices, discounts and payment schedules in an authorization, and anything either party marks as confidential, stay confidential between the parties and the buyers concerned, during the appointment and for three years after it ends.

7. Liability
7.1 Each party is responsible for its own acts and omissions and for its own obligations to the buyer. Neither is liable to the other for lost profits or indirect or consequential loss.
7.2 Apart from amounts owed under section 3 and breaches of sections 5 and 6, each party’s liability to the other under this contract is limited to the amounts the ISV received for offers made under it in the twelve months before the claim arose.

8. End of the appointment
8.1 When the appointment ends, the Reseller makes no new offers under the authorization. Offers already published, and agreements buyers have accepted, stand: each party keeps performing them, and section 3 continues to apply to their invoices.
8.2 Either party may end the appointment early by notice if the other materially breaches this contract and does not cure the breach within thirty days of being told of it.

9. General
9.1 Neither party may assign this contract without the other’s consent, except to a successor of its whole business. Nothing in it creates a partnership, joint venture or employment relationship.
9.2 This contract, the authorization and the EULA are the whole agreement between the parties about reselling the Services. If they conflict, the authorization prevails over this contract, and this contract over the EULA, as between the ISV and the Reseller.
9.3 A later version of this contract applies only to authorizations created after it takes effect.

Accepted in Offerdesk by the Reseller for the resale authorization it names, with the name of the accepting user and the time of acceptance recorded by Offerdesk.
`;
