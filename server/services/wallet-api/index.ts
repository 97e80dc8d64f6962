export { handleWalletRequest, type WalletRequest, type WalletResponse } from "./pipeline";
